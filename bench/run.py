"""Run every benchmark and write their figures to bench/RESULTS.md (``make bench``)."""

from __future__ import annotations

import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ["extract.py", "histories.py", "fetch.py", "faults.py"]


def main() -> None:
    names = sys.argv[1:] or BENCHMARKS
    sections = []
    for name in names:
        print(f"running bench/{name} …", file=sys.stderr)
        output = subprocess.run([sys.executable, str(HERE / name)], capture_output=True,
                                text=True, check=True).stdout
        sections.append(output.strip())
    cpu = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    header = (f"# Benchmark results\n\nWritten by `make bench` on "
              f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; Python {platform.python_version()}, "
              f"{cpu} cores. Shared machines are noisy: compare ratios, not seconds.\n")
    text = header + "\n" + "\n\n".join(sections) + "\n"
    (HERE / "RESULTS.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
