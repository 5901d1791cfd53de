import sys

from crampwise.cli import main

sys.exit(main())
