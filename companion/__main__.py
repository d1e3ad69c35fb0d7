"""``python -m companion``: same as the ``companion`` command."""

from companion.cli.main import main
from companion.process_exit import finish

if __name__ == "__main__":
    finish(main())
