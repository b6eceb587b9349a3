"""The machine: no network, no writes outside the user's library and cache, read-only homes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs csreply with every socket refused and every file write outside ALLOWED refused.
GUARD = r"""
import builtins, io, os, socket, sys
allowed = tuple(p for p in os.environ["ALLOWED"].split(os.pathsep) if p)
def no_network(*args, **kwargs):
    raise RuntimeError("network access attempted")
socket.socket.connect = no_network
socket.create_connection = no_network
real_open = builtins.open
def guarded_open(file, mode="r", *args, **kwargs):
    if any(flag in mode for flag in "wax+") and isinstance(file, (str, bytes, os.PathLike)):
        path = os.path.abspath(os.fsdecode(file))
        if not path.startswith(allowed):
            raise RuntimeError(f"write outside the allowed folders: {path}")
    return real_open(file, mode, *args, **kwargs)
builtins.open = guarded_open
io.open = guarded_open
real_os_open = os.open
def guarded_os_open(path, flags, *args, **kwargs):
    if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
        p = os.path.abspath(os.fsdecode(path))
        if not p.startswith(allowed) and p != os.devnull:
            raise RuntimeError(f"write outside the allowed folders: {p}")
    return real_os_open(path, flags, *args, **kwargs)
os.open = guarded_os_open
sys.argv = ["csreply", *sys.argv[1:]]
from csreply.interface.cli import main
main()
"""


def run_guarded(tmp_path: Path, *args: str, cache: Path, input: str | None = None):
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        "CSREPLY_CACHE_DIR": str(cache),
        "ALLOWED": os.pathsep.join([str(cache), str(tmp_path / "out")]),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-c", GUARD, *args], capture_output=True, text=True, encoding="utf-8",
        env=env, cwd=ROOT, input=input, timeout=120,
    )


def test_suggest_and_batch_use_no_network_and_write_only_the_cache(tmp_path):
    cache = tmp_path / "cache"
    result = run_guarded(tmp_path, "suggest", "能便宜点吗", "--format", "json", cache=cache)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["scenario"] == "bargain"
    assert any(cache.iterdir())  # the caches were written, and only there
    result = run_guarded(tmp_path, "batch", "-", cache=cache, input="包邮吗\n在吗\n")
    assert result.returncode == 0, result.stderr


def test_unwritable_cache_folder_degrades_to_no_cache(tmp_path):
    # a cache path under a regular file can never be created, whoever runs the test (even root)
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    for _ in range(2):
        result = run_guarded(
            tmp_path, "suggest", "包邮吗", "--format", "json", "--now", "2026-11-23T10:00", cache=blocker / "sub"
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert json.loads(result.stdout)["scenario"] == "shipping_fee"


def test_missing_home_still_works(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    env["CSREPLY_CACHE_DIR"] = ""
    result = subprocess.run(
        [sys.executable, "-m", "csreply", "suggest", "在吗", "--format", "json"],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_two_processes_filling_an_empty_cache_at_once(tmp_path):
    cache = tmp_path / "cache"
    env = {**os.environ, "CSREPLY_CACHE_DIR": str(cache), "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "csreply", "suggest", "能便宜点吗", "--format", "json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT) for _ in range(3)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert json.loads(out)["scenario"] == "bargain"
    assert not [p for p in cache.iterdir() if p.suffix == ".tmp"]  # no half-written cache file
    again = subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT, timeout=120)
    assert again.returncode == 0 and json.loads(again.stdout)["scenario"] == "bargain"
