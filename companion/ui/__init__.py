"""The PySide6 user interface. Reaches data only through ``companion.services``."""
