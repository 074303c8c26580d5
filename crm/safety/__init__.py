"""Data safety and candidate privacy: backups, restore, damage handling, the one-writer lock,
consent and retention, the candidate's rights (export, erasure), tombstones and the audit log.

No Qt here; the GUI pieces live in ui/safety/.
"""
