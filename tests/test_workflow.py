"""The GitHub workflows: they lint clean, and their steps work end to end locally."""

import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def test_workflows_lint_clean():
    actionlint = shutil.which("actionlint") or str(ACTIONLINT)
    workflows = sorted((ROOT / ".github/workflows").glob("*.yml"))
    assert {w.name for w in workflows} == {"scrape.yml", "test.yml"}
    result = subprocess.run([actionlint, *map(str, workflows)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_scrape_workflow_has_what_pages_needs():
    text = (ROOT / ".github/workflows/scrape.yml").read_text()
    for needed in ("schedule:", "workflow_dispatch:", "fetch-depth: 0", "cache: pip",
                   "actions/cache@", "actions/upload-pages-artifact@", "actions/deploy-pages@",
                   "concurrency:", "pages: write", "id-token: write",
                   "bash .github/scripts/scrape.sh"):
        assert needed in text, needed


def test_workflow_steps_locally_with_two_runs_racing_to_push(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts/run_workflow_locally.py"),
                             "--dir", str(tmp_path / "wf"), "--rounds", "5", "--race"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    origin = tmp_path / "wf/origin.git"
    subjects = subprocess.run(["git", "-C", str(origin), "log", "--reverse", "--format=%s"],
                              capture_output=True, text=True, check=True).stdout.splitlines()
    assert subjects[0] == "Start an archive"
    versions = subjects[1:]
    assert len(versions) == 14 == len(set(versions))  # every edit once, none twice
    log = subprocess.run(["git", "-C", str(origin), "log", "--reverse", "--format=>%s",
                          "--name-only"], capture_output=True, text=True, check=True).stdout
    numbers: dict[str, list[int]] = defaultdict(list)
    for subject, path in re.findall(r"^>(.*)\n\n(archive/\S+\.md)$", log, re.MULTILINE):
        numbers[path].append(int(re.search(r"\(version (\d+)\)$", subject).group(1)))
    assert len(numbers) == 6
    assert all(n == list(range(1, len(n) + 1)) for n in numbers.values()), numbers
    # Each run built the site from what it had.
    assert (tmp_path / "wf/round4-a/site/output/index.html").is_file()
    assert result.stdout.count("pushed") >= 5


def test_shell_scripts_pass_shellcheck():
    shellcheck = shutil.which("shellcheck")
    assert shellcheck, "shellcheck is missing: make test installs it (scripts/system-deps.sh)"
    scripts = [ROOT / ".github/scripts/scrape.sh", ROOT / "scripts/system-deps.sh",
               ROOT / ".ci/run", ROOT / ".github/scripts/announce.sh"]
    result = subprocess.run([shellcheck, *map(str, scripts)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
