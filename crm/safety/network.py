"""Warn when the database sits on a network drive or in a synced folder.

SQLite's locking (and WAL in particular) does not work reliably over network file systems, and
sync clients (OneDrive, Dropbox, Google Drive) copy the file while it is being written.
"""

from __future__ import annotations

import sys
from pathlib import Path

NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "afs", "9p", "fuse.rclone",
              "davfs", "fuse.davfs2", "ncpfs", "glusterfs", "fuse.glusterfs", "ceph", "fuse.s3fs"}
SYNCED_FOLDERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud drive", "icloud~", "mega",
                  "pcloud", "nextcloud", "owncloud", "box sync")


def mount_fs_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The file system type of the mount holding `path` (Linux), or None when unknown."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def network_warning(path: Path, *, platform: str = sys.platform,
                    mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """A plain-words reason when `path` looks like a network or synced location, else None."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "network share"
    lowered = text.replace("\\", "/").lower()
    for name in SYNCED_FOLDERS:
        if f"/{name}" in lowered:
            return "synced folder"
    if platform.startswith("linux"):
        fs_type = mount_fs_type(path.parent if not path.exists() else path, mounts_file)
        if fs_type and (fs_type in NETWORK_FS or fs_type.startswith(("nfs", "cifs", "smb"))):
            return f"network drive ({fs_type})"
    return None
