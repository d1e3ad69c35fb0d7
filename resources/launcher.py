"""Entry script for the frozen (PyInstaller) app: the same as ``python -m companion``.

PyInstaller adds the entry script's folder to the import path; keeping the script here, not
inside the package, means no module of ``companion`` can be imported a second time under a
top-level name.
"""

from companion.cli.main import main
from companion.process_exit import finish

if __name__ == "__main__":
    finish(main())
