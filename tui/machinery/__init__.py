"""What makes the stages fast, and what keeps that safe: the result cache (entries as data with
a schema, in a private folder), a paused cycle collector, work split over processes, analysis
in a child process that can be killed, children that die with their parent, the memory cap."""
