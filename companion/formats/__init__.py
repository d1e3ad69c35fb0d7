"""Interchange formats, read and written without a database: the full archive's JSON schema
and the importers for other journal apps' exports."""
