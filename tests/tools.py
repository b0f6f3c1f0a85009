"""External tools some tests need: Chromium, Java, the Nu HTML Checker and Lighthouse.

`make test` skips those tests, saying so, where a tool is missing; CI sets REQUIRE_BROWSER_TOOLS=1, which
turns such a skip into a failure."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"


def require(available, what):
    if available:
        return
    message = f"{what} is not installed: run .ci/run, or see the README"
    if os.environ.get("REQUIRE_BROWSER_TOOLS") == "1":
        pytest.fail(message)
    pytest.skip(message)


def require_chromium():
    require(CHROMIUM.exists(), "Chromium (/usr/bin/chromium, Debian package chromium)")


def require_vnu():
    require(shutil.which("java") and VNU_JAR.exists(), "The Nu HTML Checker (Java and npm package vnu-jar)")


def require_lighthouse():
    require(CHROMIUM.exists() and LIGHTHOUSE.exists(), "Lighthouse (npm package lighthouse, with Chromium)")


def nu_errors(folder, css=False):
    """The Nu HTML Checker's errors in the files of `folder`, as (file name, line, message)."""
    command = ["java", "-jar", VNU_JAR, "--errors-only", "--format", "json", *(["--also-check-css"] if css else [])]
    result = subprocess.run([*command, str(folder)], capture_output=True, text=True, check=False)
    return [
        (m.get("url", "").rsplit("/", 1)[-1], m.get("lastLine"), m["message"])
        for m in json.loads(result.stderr or result.stdout)["messages"]
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
