"""Running a check: read -> judge -> collect, in one process or several, and the commands' application logic."""
