"""Run every benchmark and write their figures to bench/RESULTS.md (``make bench``)."""

from __future__ import annotations

import platform
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ["extract.py", "histories.py", "fetch.py", "faults.py", "build.py", "diff.py",
              "page_bytes.py", "cards.py", "search.py"]
#: Run only when named (``bench/run.py "build.py --full-scale"``: it takes a while); their
#: sections are kept beside the others'.
ON_REQUEST = ["build.py --full-scale"]


def previous_sections() -> dict[str, str]:
    """The sections of the current RESULTS.md, by benchmark file name."""
    path = HERE / "RESULTS.md"
    if not path.exists():
        return {}
    parts = re.split(r"^(?=# bench/)", path.read_text(), flags=re.MULTILINE)
    return {re.match(r"# bench/(\S+(?: --[\w-]+)*)", part).group(1): part.strip()
            for part in parts
            if part.startswith("# bench/")}


def main() -> None:
    """``bench/run.py`` runs them all; ``bench/run.py fetch.py`` reruns one, keeping the rest."""
    names = sys.argv[1:] or BENCHMARKS
    sections = previous_sections()
    for name in names:
        print(f"running bench/{name} …", file=sys.stderr)
        script, *options = name.split()
        output = subprocess.run([sys.executable, str(HERE / script), *options],
                                capture_output=True,
                                text=True, check=False).stdout
        sections[name] = output.strip()
    ordered = [sections[name] for name in [*BENCHMARKS, *ON_REQUEST] if name in sections]
    cpu = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    header = (f"# Benchmark results\n\nWritten by `make bench` on "
              f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; Python {platform.python_version()}, "
              f"{cpu} cores. Shared machines are noisy: compare ratios, not seconds.\n")
    text = header + "\n" + "\n\n".join(ordered) + "\n"
    (HERE / "RESULTS.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
