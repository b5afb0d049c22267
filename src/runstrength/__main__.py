"""``python -m runstrength``: the same command line as ``runstrength``."""

from runstrength.cli import main

raise SystemExit(main())
