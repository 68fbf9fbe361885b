import sys

from astu_server.cli import main

sys.exit(main())
