"""Importers for other journal apps' exports: jrnl (JSON), Day One (JSON zip), Daylio (CSV)
and plain Markdown or text files. Each parser turns bytes into an
:class:`~companion.formats.importers.batch.ImportBatch` without touching the database."""
