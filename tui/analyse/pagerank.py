"""PageRank over a small weighted graph: the ranking step of TextRank, for words and sentences."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from operator import itemgetter, mul, sub
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)


def pagerank(
    links: Mapping[Node, Mapping[Node, float]], damping: float = 0.85
) -> dict[Node, float]:
    """PageRank of an undirected weighted graph given as node -> {neighbour: weight}."""
    nodes = list(links)
    index = {node: i for i, node in enumerate(nodes)}
    out_weight = [sum(neighbours.values()) for neighbours in links.values()]
    # Every edge's flow as one flat list, node after node: who flows in (`sources`) and with
    # what share of their weight. An iteration is then one C-level map over all the edges and
    # one sum per node over its own stretch, summed in the same order as edge by edge, so
    # the scores are the same to the last bit.
    sources = [index[other] for neighbours in links.values() for other in neighbours]
    shares = [
        w / out_weight[index[other]]
        for neighbours in links.values()
        for other, w in neighbours.items()
    ]
    stretches = []
    end = 0
    for neighbours in links.values():
        stretches.append(slice(end, end + len(neighbours)))
        end += len(neighbours)
    inflow = _picker(sources)
    score = [1.0] * len(nodes)
    for _ in range(50):
        previous = score
        flows = list(map(mul, shares, inflow(previous)))
        score = [(1 - damping) + damping * s for s in map(sum, map(flows.__getitem__, stretches))]
        # Ranks are all that is read: stop once no score moves by a thousandth.
        if max(map(abs, map(sub, score, previous)), default=0.0) < 1e-3:
            break
    return dict(zip(nodes, score, strict=True))


def _picker(indices: list[int]) -> Callable[[list[float]], tuple[float, ...]]:
    """The items of a list at `indices`, as a tuple: itemgetter, which gives the item itself
    rather than a tuple when it has only one index."""
    if len(indices) > 1:
        return itemgetter(*indices)
    return lambda items: tuple(items[i] for i in indices)
