import sys

from crampwise.launch import main

sys.exit(main())
