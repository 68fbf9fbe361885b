"""`python -m astu_desktop` is the same as the `astu-desktop` command."""

import sys

from astu_desktop.cli import main

sys.exit(main())
