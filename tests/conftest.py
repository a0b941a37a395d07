"""Settings every test run needs, whatever subset of the suite is collected."""

import os

# GUI tests run without a display: in CI, over SSH, and on developers' machines alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
