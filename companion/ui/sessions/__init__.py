"""The Sessions area: counselors, planned and past sessions, recurring schedules and
importing appointments from a calendar file."""
