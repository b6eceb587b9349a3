"""Worker processes for ``batch --jobs N`` and ``report --jobs N``: chunks in, results out, in order.

Why not :class:`multiprocessing.pool.Pool`: its workers inherit the parent's signal handlers
(Ctrl-C and SIGTERM printed a traceback per worker) and ``Pool.terminate()`` could hang when the
reader went away (``batch --jobs 2 | head -1`` never ended). Here:

- workers ignore SIGINT and SIGTERM: a terminal's Ctrl-C reaches the whole process group, and
  only the parent decides what happens (it writes what it has, closes a JSON array, exits 130);
- the parent ends them itself, always, when the pool is closed (``with WorkerPool(...)``), with
  SIGKILL after a short grace period, so no worker outlives the command;
- a worker whose parent died (SIGKILL, a crash) notices within a second and exits;
- a worker's handler is built once, then answers whole chunks, so the parent only passes
  texts and encoded answers (batch: drafts as JSON text; report: a tally per chunk) around: it
  must not become the bottleneck of N workers.
"""

from __future__ import annotations

import os
import queue
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import Any

POLL = 1.0  # seconds between checks that the parent (in a worker) or the workers (in the parent) live
GRACE = 2.0  # seconds a worker gets to leave on its own before it is killed
_IDLE = object()  # what a worker's wait for a task gives when none came


class WorkerError(RuntimeError):
    """A worker failed: a bug while drafting, or the process died (killed, out of memory)."""


class WorkerPool:
    """``jobs`` processes, each holding ``handler = factory(argument)``, a function of a chunk.

    ``submit(chunk)`` queues a chunk; ``next_result()`` returns ``handler(chunk)`` of the oldest
    chunk not yet returned, so results come back in submission order whichever worker finished
    first. Where processes are forked, the handler is built once in the parent and shared
    (copy-on-write) instead of being built again in every worker.
    """

    def __init__(self, factory: Callable[[Any], Callable[[Any], Any]], argument: Any, jobs: int) -> None:
        import gc
        import multiprocessing

        fork = hasattr(os, "fork")
        context = multiprocessing.get_context("fork" if fork else "spawn")
        if fork:
            handler = factory(argument)
            factory, argument = _prebuilt, handler
            gc.freeze()  # the collector must not touch (and so copy) the shared objects' pages
        self._tasks = context.Queue()
        # one pipe per worker for results: a worker killed in the middle of sending leaves its
        # pipe at end-of-file, which the parent sees, where a shared queue would block forever
        self._conns = []
        self._sent = 0  # chunks submitted
        self._returned = 0  # chunks handed back by next_result()
        self._early: dict[int, list] = {}  # results that came back before an older chunk's
        self._processes = []
        with _signals_blocked():  # no Ctrl-C may reach a worker before it ignores it
            for i in range(jobs):
                reader, writer = context.Pipe(duplex=False)
                # a forked worker inherits the read ends (its own, earlier workers'): it closes them, so a
                # dead parent leaves every worker's pipe broken and the worker leaves
                process = context.Process(
                    target=_work, args=(factory, argument, self._tasks, writer, os.getpid(), [*self._conns, reader]),
                    name=f"csreply-worker-{i + 1}", daemon=True,
                )
                process.start()
                writer.close()  # the worker holds it now: its death closes the pipe (end-of-file)
                self._conns.append(reader)
                self._processes.append(process)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def submit(self, chunk: Any) -> None:
        self._tasks.put((self._sent, chunk))
        self._sent += 1

    def next_result(self) -> Any:
        """The result of the oldest outstanding chunk (waits for it)."""
        from multiprocessing.connection import wait

        wanted = self._returned
        while wanted not in self._early:
            ready = wait(self._conns, timeout=POLL)
            if not ready:
                self._check_alive()
                continue
            for conn in ready:
                try:
                    seq, ok, payload = conn.recv()
                except (EOFError, OSError):
                    process = self._processes[self._conns.index(conn)]
                    process.join(GRACE)
                    raise WorkerError(f"worker {process.name} died (exit code {process.exitcode})") from None
                if not ok:
                    raise WorkerError(f"a worker failed: {payload}")
                self._early[seq] = payload
        self._returned += 1
        return self._early.pop(wanted)

    def close(self) -> None:
        """End every worker: a polite stop when idle, SIGKILL for one still busy or stuck."""
        for _ in self._processes:
            try:
                self._tasks.put_nowait(None)
            except (OSError, ValueError):
                break
        self._tasks.cancel_join_thread()  # never wait at exit for a feeder no worker reads
        busy = self._sent > self._returned  # stopped early: don't wait for work nobody wants
        for process in self._processes:
            if busy:
                process.kill()
            process.join(GRACE)
            if process.is_alive():
                process.kill()
                process.join()
        self._tasks.close()
        for conn in self._conns:
            conn.close()
        import gc

        gc.unfreeze()

    def _check_alive(self) -> None:
        for process in self._processes:
            if process.exitcode is not None:
                raise WorkerError(f"worker {process.name} died (exit code {process.exitcode})")


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last one shorter), read as they are needed."""
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prebuilt(handler):
    return handler


def _work(factory, argument, tasks, results, parent: int, inherited=()) -> None:
    """A worker's loop: build the handler once, then answer chunks until told to stop."""
    for conn in inherited:  # other workers' result pipes, copied by fork: not ours to hold open
        conn.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and SIGTERM
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # not on Windows
        signal.pthread_sigmask(signal.SIG_SETMASK, set())
    try:
        handler = factory(argument)
    except Exception as exc:  # the parent loaded the same library first, so this is a bug
        results.send((-1, False, f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            task = tasks.get(timeout=POLL)
        except queue.Empty:
            task = _IDLE
        if os.getppid() != parent:  # orphaned (the parent was killed): nobody reads what we make
            os._exit(0)  # at once: a normal exit would wait to flush results into a pipe nobody reads
        if task is _IDLE:
            continue
        if task is None:
            return
        seq, chunk = task
        try:
            answer = (seq, True, handler(chunk))
        except Exception as exc:  # a bug: the parent reports it and stops
            answer = (seq, False, f"{type(exc).__name__}: {exc}")
        try:
            results.send(answer)
        except (BrokenPipeError, OSError):
            os._exit(0)  # the parent has gone or closed the pool: nobody reads what we make


class _signals_blocked:
    """Block SIGINT and SIGTERM in this thread while workers are forked (they inherit the mask)."""

    SIGNALS = {signal.SIGINT, signal.SIGTERM}

    def __enter__(self) -> None:
        self._previous = None
        if hasattr(signal, "pthread_sigmask"):  # not on Windows, where workers are spawned anyway
            self._previous = signal.pthread_sigmask(signal.SIG_BLOCK, self.SIGNALS)

    def __exit__(self, *exc_info) -> None:
        if self._previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, self._previous)
