"""Pin the extras our dependencies ask for in requirements.lock (run by `make lock`).

weasel asks for smart-open[http] and jusText for lxml[html_clean]; other packages ask for the plain
names (htmldate: lxml). In hash-checking mode pip fetches the newest release of any requirement it
cannot match to a pinned line, to read it, and refuses it as unpinned: so each of these packages is
pinned twice, plain and with its extra, with the same version and hashes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

EXTRAS = {"smart-open": "http", "lxml": "html_clean"}


def pin(text: str) -> str:
    for name, extra in EXTRAS.items():
        if re.search(rf"^{re.escape(name)}==", text, re.M) and re.search(rf"^{re.escape(name)}\[{extra}\]==", text, re.M):
            continue  # pinned both ways already
        block = re.search(rf"^{re.escape(name)}(?:\[{extra}\])?==\S+ \\\n(?:    --hash=\S+ \\\n)*    --hash=\S+\n",
                          text, re.M)
        if block is None:
            continue
        b = block.group(0)
        plain = re.sub(rf"^{re.escape(name)}(?:\[{extra}\])?==", f"{name}==", b, count=1)
        extras = re.sub(rf"^{re.escape(name)}(?:\[{extra}\])?==", f"{name}[{extra}]==", b, count=1)
        text = text.replace(b, plain + extras, 1)
    return text


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "requirements.lock")
    path.write_text(pin(path.read_text()))
