"""What makes the stages fast, and nothing else: the result cache, a paused cycle collector,
work split over processes, analysis in a child process that can be killed."""
