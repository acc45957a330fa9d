"""On-disk layout, locking and the write queue of one Whoosh index.

Whoosh lets one writer at a time into an index. Publishing a page must neither
fail nor wait for another process's writer, and must not lose its update, so
writes go through a small durable queue::

    <PATH>/<index name>/
        CURRENT            name of the live generation (replaced atomically)
        gen-<id>/          a complete Whoosh index; a rebuild writes a new one beside it
        queue/             pending operations, one JSON file each, named in order
        applied/           operations already applied, kept while a rebuild runs
                           (and briefly after) so the rebuild can replay them
        BUILDING           present while a rebuild runs: its generation and start time
        drain.lock         whoever holds it applies the queue to the live generation

A writer (a publish) first writes its operations to ``queue/`` (atomic rename),
then tries to take ``drain.lock`` *without waiting*. If it gets it, it applies
every queued file in order, commits, moves them to ``applied/`` (or deletes them)
and releases the lock, then looks at the queue again. If the lock is busy, the
holder will see the new file when it looks again after releasing, so nothing is
left behind and nobody waits. ``refresh()`` (and the tests) wait for the queue to
be empty instead.

A rebuild (``update_index``) fills ``gen-<new>`` with its own writer, then, under
``drain.lock``, replays everything applied or queued since it started, points
``CURRENT`` at the new generation with ``os.replace`` and removes generations
older than the previous one. Searches keep answering from the old generation
until the swap and reopen on their next query.
"""

import contextlib
import errno
import fcntl
import json
import logging
import os
import shutil
import time
import uuid
from pathlib import Path

from django.db import transaction
from whoosh import index as whoosh_index

__all__ = ["IndexStore", "SearchIndexError"]

logger = logging.getLogger("portal.search")

#: Applied operations younger than this are replayed by a rebuild that starts
#: later, covering a publish whose database transaction was still open.
REPLAY_MARGIN_SECONDS = 120
#: A rebuild marker older than this was left by a rebuild that crashed.
STALE_REBUILD_SECONDS = 6 * 60 * 60


class SearchIndexError(Exception):
    """The search index is missing or unreadable; ``update_index`` rebuilds it."""


@contextlib.contextmanager
def file_lock(path, *, blocking=True, timeout=None, shared=False):
    """Hold an ``flock`` on ``path``; yield True, or False if not blocking and busy."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
    acquired = False
    try:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, mode | (fcntl.LOCK_NB if (not blocking or deadline) else 0))
                acquired = True
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                if not blocking or (deadline is not None and time.monotonic() > deadline):
                    break
                time.sleep(0.02)
        yield acquired
    finally:
        if acquired:
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


class IndexStore:
    """Generations, queue and locks for the index called ``name`` under ``base``."""

    def __init__(self, base, name, schema_factory, *, lock_timeout=60.0):
        self.root = Path(base) / name
        self.name = name
        self.schema_factory = schema_factory
        self.lock_timeout = lock_timeout

    # Paths ----------------------------------------------------------------------

    @property
    def queue_dir(self):
        return self.root / "queue"

    @property
    def applied_dir(self):
        return self.root / "applied"

    @property
    def building_file(self):
        return self.root / "BUILDING"

    def _ensure_dirs(self):
        self.queue_dir.mkdir(parents=True, exist_ok=True)
        self.applied_dir.mkdir(parents=True, exist_ok=True)

    # Generations ------------------------------------------------------------------

    def current_generation(self):
        try:
            return (self.root / "CURRENT").read_text().strip() or None
        except FileNotFoundError:
            return None

    def current_marker(self):
        """A value that changes whenever CURRENT is swapped (generation names are unique;
        inode numbers and mtimes are not reliable enough for this)."""
        return self.current_generation()

    def open_current(self):
        """Open the live generation, or raise SearchIndexError with a useful message."""
        generation = self.current_generation()
        if generation is None:
            raise SearchIndexError(
                f"The search index {self.name!r} does not exist yet at {self.root}. "
                "Run `python manage.py update_index` to build it."
            )
        return self._open(generation)

    def _open(self, generation):
        path = self.root / generation
        try:
            return whoosh_index.open_dir(str(path))
        except Exception as exc:
            raise SearchIndexError(
                f"The search index {self.name!r} at {path} cannot be read "
                f"({type(exc).__name__}: {exc}). It may be damaged or incomplete: "
                "run `python manage.py update_index` to rebuild it."
            ) from exc

    def new_generation(self):
        """Create an empty generation beside the live one; return ``(name, index)``."""
        self._ensure_dirs()
        name = f"gen-{time.time_ns():x}-{uuid.uuid4().hex[:6]}"
        path = self.root / name
        path.mkdir(parents=True)
        return name, whoosh_index.create_in(str(path), self.schema_factory())

    def swap(self, generation):
        """Point CURRENT at ``generation`` atomically and remove stale generations."""
        previous = self.current_generation()
        tmp = self.root / f"CURRENT.{os.getpid()}.tmp"
        tmp.write_text(generation)
        os.replace(tmp, self.root / "CURRENT")
        # Keep the previous generation: other processes may still be reading it
        # until their next query notices the swap. Anything older can go.
        keep = {generation, previous}
        for path in self.root.glob("gen-*"):
            if path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)

    def ensure_live(self):
        """Create an empty live generation when there is none (first use)."""
        if self.current_generation() is not None:
            return
        self._ensure_dirs()
        with file_lock(self.root / "drain.lock", timeout=self.lock_timeout) as acquired:
            if acquired and self.current_generation() is None:
                name, ix = self.new_generation()
                ix.close()
                self.swap(name)

    # Queue -------------------------------------------------------------------------

    def submit(self, operations):
        """Queue operations durably, then apply the queue if nobody else is."""
        if not operations:
            return
        self._ensure_dirs()
        name = f"{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
        tmp = self.queue_dir / (name + ".tmp")
        tmp.write_text(json.dumps(operations, separators=(",", ":")))
        os.replace(tmp, self.queue_dir / name)
        # Apply after the surrounding database transaction commits (at once when there
        # is none): the Whoosh commit then never holds a database lock, and a rolled
        # back save is at worst applied late, never lost.
        transaction.on_commit(lambda: self.drain(wait=False), robust=True)

    def pending(self):
        try:
            return sorted(p for p in self.queue_dir.iterdir() if p.suffix == ".json")
        except FileNotFoundError:
            return []

    def drain(self, wait=False):
        """Apply queued operations to the live generation.

        With ``wait=False`` return at once when another process holds the lock (it
        re-checks the queue after releasing). With ``wait=True`` wait up to
        ``lock_timeout`` seconds for the queue to be empty.
        """
        deadline = time.monotonic() + self.lock_timeout
        while self.pending():
            timeout = max(0.0, deadline - time.monotonic()) if wait else None
            with file_lock(self.root / "drain.lock", blocking=wait, timeout=timeout) as acquired:
                if not acquired:
                    if wait:
                        logger.warning("Timed out waiting to update search index %s", self.name)
                    return False
                try:
                    self._drain_locked()
                except SearchIndexError:
                    logger.exception(
                        "Search index %s is unreadable; %d update(s) stay queued until "
                        "`manage.py update_index` rebuilds it",
                        self.name,
                        len(self.pending()),
                    )
                    return False
        return True

    def _drain_locked(self):
        files = self.pending()
        if not files:
            return
        if self.current_generation() is None:
            name, ix = self.new_generation()
            ix.close()
            self.swap(name)
        ix = self.open_current()
        try:
            operations = []
            for path in files:
                operations.extend(json.loads(path.read_text()))
            writer = ix.writer()
            try:
                apply_operations(writer, operations)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
        finally:
            ix.close()
        self._retire(files)

    def _retire(self, files):
        """Move applied queue files to ``applied/``; prune old ones unless rebuilding."""
        for path in files:
            os.replace(path, self.applied_dir / path.name)
        if self._rebuild_running():
            return
        horizon = time.time_ns() - REPLAY_MARGIN_SECONDS * 1_000_000_000
        for path in self.applied_dir.iterdir():
            try:
                if int(path.name.split("-", 1)[0]) < horizon:
                    path.unlink(missing_ok=True)
            except ValueError:
                path.unlink(missing_ok=True)

    # Rebuild ------------------------------------------------------------------------

    def _rebuild_running(self):
        """True while a rebuild runs; a marker left by a crashed rebuild expires."""
        try:
            started = json.loads(self.building_file.read_text())["started"]
        except FileNotFoundError:
            return False
        except (ValueError, KeyError):
            started = 0
        if time.time_ns() - started > STALE_REBUILD_SECONDS * 1_000_000_000:
            logger.warning("Ignoring a stale rebuild marker for search index %s", self.name)
            self.building_file.unlink(missing_ok=True)
            return False
        return True

    def start_rebuild(self):
        """Create the generation a rebuild fills; mark the rebuild as running."""
        self._ensure_dirs()
        name, ix = self.new_generation()
        started = time.time_ns()
        with file_lock(self.root / "drain.lock", timeout=self.lock_timeout):
            self.building_file.write_text(json.dumps({"generation": name, "started": started}))
        return name, ix, started

    def finish_rebuild(self, name, ix, started, reload=None):
        """Bring ``name`` up to date with updates made during the rebuild, then swap it in.

        Every object touched since shortly before the rebuild started (``applied/``
        within the margin, plus anything still queued) is indexed again from its
        current state: ``reload(operation)`` returns a fresh operation (an add with
        today's document, or a delete if the object is gone). Without ``reload`` the
        recorded operations are replayed as they are.
        """
        horizon = started - REPLAY_MARGIN_SECONDS * 1_000_000_000
        with file_lock(self.root / "drain.lock", timeout=self.lock_timeout * 10):
            paths = []
            for path in sorted(self.applied_dir.iterdir()):
                try:
                    stamp = int(path.name.split("-", 1)[0])
                except ValueError:
                    continue
                if stamp >= horizon:
                    paths.append(path)
            queued = self.pending()
            operations = []
            for path in [*paths, *queued]:
                operations.extend(json.loads(path.read_text()))
            if reload is not None:
                latest = {}
                for operation in operations:
                    latest[(operation.get("model"), operation["id"])] = operation
                operations = [reload(operation) for operation in latest.values()]
            if operations:
                writer = ix.writer()
                apply_operations(writer, operations)
                writer.commit()
            ix.close()
            self.swap(name)
            for path in queued:
                os.replace(path, self.applied_dir / path.name)
            self.building_file.unlink(missing_ok=True)
        # Anything queued while we held the lock goes into the new generation now.
        self.drain(wait=False)

    def abort_rebuild(self, name):
        with file_lock(self.root / "drain.lock", timeout=self.lock_timeout):
            self.building_file.unlink(missing_ok=True)
        shutil.rmtree(self.root / name, ignore_errors=True)

    def reset(self):
        """Replace the live generation with an empty one and drop queued updates."""
        self._ensure_dirs()
        with file_lock(self.root / "drain.lock", timeout=self.lock_timeout):
            name, ix = self.new_generation()
            ix.close()
            self.swap(name)
            for path in self.pending():
                path.unlink(missing_ok=True)


def apply_operations(writer, operations):
    """Apply ``add``/``delete`` operations; only the last one per document counts.

    Whoosh cannot delete a document added earlier in the same uncommitted writer,
    so repeated updates of one object in a batch are collapsed first.
    """
    latest = {}
    for operation in operations:
        latest.pop(operation["id"], None)
        latest[operation["id"]] = operation
    for doc_id, operation in latest.items():
        writer.delete_by_term("m_id", doc_id)
        writer.delete_by_term("m_parent", doc_id)
        if operation["op"] == "add":
            writer.start_group()
            writer.add_document(**operation["doc"])
            for child in operation.get("children", ()):
                writer.add_document(**child)
            writer.end_group()
