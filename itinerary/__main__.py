"""`python -m itinerary`."""

import sys

from itinerary.cli import main

sys.exit(main())
