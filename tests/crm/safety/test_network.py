"""Network drives and synced folders get a warning (A10)."""

from __future__ import annotations

from pathlib import Path

from crm.safety.network import network_warning

MOUNTS = """/dev/sda1 / ext4 rw 0 0
server:/export /mnt/team nfs4 rw 0 0
//nas/share /media/nas cifs rw 0 0
user@host:/home /mnt/remote fuse.sshfs rw 0 0
"""


def test_network_file_systems_are_detected_from_the_mount_table(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    assert network_warning(Path("/mnt/team/crm.db"), platform="linux", mounts_file=mounts) == "network drive (nfs4)"
    assert network_warning(Path("/media/nas/crm.db"), platform="linux", mounts_file=mounts) == "network drive (cifs)"
    assert "fuse.sshfs" in network_warning(Path("/mnt/remote/a/crm.db"), platform="linux", mounts_file=mounts)
    assert network_warning(Path("/home/ana/crm.db"), platform="linux", mounts_file=mounts) is None


def test_unc_paths_and_synced_folders_are_detected():
    assert network_warning(Path("//server/share/crm.db"), platform="win32") == "network share"
    assert network_warning(Path("C:/Users/Ana/OneDrive/CRM/crm.db"), platform="win32") == "synced folder"
    assert network_warning(Path("/home/ana/Dropbox/crm.db"), platform="darwin") == "synced folder"
    assert network_warning(Path("C:/Users/Ana/Documents/crm.db"), platform="win32") is None
