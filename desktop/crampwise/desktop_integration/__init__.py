"""How Crampwise fits into the desktop: one instance, tray, bedtime reminder, autostart,
menu entry and icons, the start-up check for system libraries, and the bundle's self-test.

Every module here imports Qt only where it needs it: ``preflight`` runs before Qt can start.
"""
