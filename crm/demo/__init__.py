"""Realistic demo data: a Spanish IT-recruitment book of business."""
