"""PageRank over a small weighted graph: the ranking step of TextRank, for words and sentences."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from operator import mul, sub
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)


def pagerank(
    links: Mapping[Node, Mapping[Node, float]], damping: float = 0.85
) -> dict[Node, float]:
    """PageRank of an undirected weighted graph given as node -> {neighbour: weight}."""
    nodes = list(links)
    index = {node: i for i, node in enumerate(nodes)}
    out_weight = [sum(links[node].values()) for node in nodes]
    # Per node, who flows into it and with what share of their weight; kept as parallel
    # lists of ints and floats so each iteration is a few C-level map/sum calls per node.
    sources = [[index[other] for other in links[node]] for node in nodes]
    shares = [[w / out_weight[index[other]] for other, w in links[node].items()] for node in nodes]
    score = [1.0] * len(nodes)
    for _ in range(50):
        previous = score
        score = [
            (1 - damping) + damping * sum(map(mul, share, map(previous.__getitem__, source)))
            for source, share in zip(sources, shares, strict=True)
        ]
        # Ranks are all that is read: stop once no score moves by a thousandth.
        if max(map(abs, map(sub, score, previous)), default=0.0) < 1e-3:
            break
    return dict(zip(nodes, score, strict=True))
