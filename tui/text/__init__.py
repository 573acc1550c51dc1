"""Chinese text tools shared by the stages and the presenters: the tagger (loaded lazily, once)
and its dictionary index, the one line breaker, the one pinyin matcher, search."""
