"""Run the scheduled workflow's steps locally, against the demo newsroom and a bare git
repository standing in for GitHub: clone → fetch, commit and push (.github/scripts/scrape.sh)
→ build.  With --race, two runs start from the same commit and push at the same time.

    .venv/bin/python scripts/run_workflow_locally.py --dir /tmp/wf [--rounds 3] [--race]

Prints one line per run and the final `git log` of the stand-in origin.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from newsdiff.demo import demo_config, write_config_file
from newsdiff.demo.newsroom import Newsroom

ROOT = Path(__file__).resolve().parents[1]
SCRAPE = ROOT / ".github" / "scripts" / "scrape.sh"
NEWSDIFF = str(Path(sys.executable).parent / "newsdiff")


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


def seed_origin(workdir: Path, newsroom: Newsroom) -> Path:
    """A bare repository like a fresh fork: config, archive/README.md, one commit."""
    origin = workdir / "origin.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(origin)], check=True)
    seed = workdir / "seed"
    subprocess.run(["git", "clone", "-q", str(origin), str(seed)], check=True,
                   capture_output=True)
    write_config_file(demo_config(newsroom), seed / "newsdiff.toml")
    (seed / "archive").mkdir()
    shutil.copy(ROOT / "archive" / "README.md", seed / "archive" / "README.md")
    (seed / ".gitignore").write_text("/site/output/\n/.newsdiff-cache/\n")
    git(seed, "add", "-A")
    git(seed, "-c", "user.name=seed", "-c", "user.email=seed@example.org", "commit", "-qm",
        "Start an archive")
    git(seed, "push", "-q", "origin", "HEAD:main")
    return origin


def clone(origin: Path, target: Path) -> Path:
    """The workflow's checkout step: a full-history clone."""
    subprocess.run(["git", "clone", "-q", str(origin), str(target)], check=True,
                   capture_output=True)
    return target


def scrape_and_build(checkout: Path) -> str:
    """The workflow's scrape step (the very same script) and its build step."""
    env = {"NEWSDIFF": NEWSDIFF, "PATH": "/usr/bin:/bin", "HOME": str(checkout)}
    # --all: the demo newsroom edits within minutes, faster than the schedule would look.
    scraped = subprocess.run(["bash", str(SCRAPE), "--all", "--state",
                              ".newsdiff-cache/state.json"],
                             cwd=checkout, env=env, capture_output=True, text=True)
    if scraped.returncode:
        raise RuntimeError(f"scrape failed in {checkout}:\n{scraped.stdout}{scraped.stderr}")
    subprocess.run([NEWSDIFF, "build", "--archive", "archive", "--output", "site/output"],
                   cwd=checkout, check=True, capture_output=True)
    return " / ".join(line for line in (scraped.stdout + scraped.stderr).strip().splitlines()
                      if not line.startswith(("harbourgazette:", "valleytribune:")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--race", action="store_true",
                        help="in each round, two runs start together and race to push")
    args = parser.parse_args()
    if args.dir.exists():
        shutil.rmtree(args.dir)
    args.dir.mkdir(parents=True)
    with Newsroom() as newsroom:
        origin = seed_origin(args.dir, newsroom)
        for number in range(args.rounds):
            newsroom.round = number
            runs = ["a", "b"] if args.race else ["a"]
            checkouts = [clone(origin, args.dir / f"round{number}-{run}") for run in runs]
            with ThreadPoolExecutor(len(runs)) as pool:  # the runs start together
                outputs = list(pool.map(scrape_and_build, checkouts))
            for run, output in zip(runs, outputs, strict=True):
                print(f"round {number + 1} run {run}: {output}")
    print(git(origin, "log", "--format=%s"), end="")


if __name__ == "__main__":
    main()
