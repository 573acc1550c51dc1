"""PageRank over a small weighted graph: the ranking step of TextRank, for words and sentences."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from itertools import chain, repeat
from operator import add, itemgetter, methodcaller, mul, sub, truediv
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)


def pagerank(
    links: Mapping[Node, Mapping[Node, float]], damping: float = 0.85
) -> dict[Node, float]:
    """PageRank of an undirected weighted graph given as node -> {neighbour: weight}."""
    nodes = list(links)
    index = {node: i for i, node in enumerate(nodes)}
    weights = list(chain.from_iterable(map(methodcaller("values"), links.values())))
    out_weight = [sum(neighbours.values()) for neighbours in links.values()]
    # Every edge's flow as one flat list, node after node: who flows in (`sources`) and with
    # what share of their weight. An iteration is then C-level maps over the edges and one
    # sum per node over its own stretch, summed in the same order as edge by edge, so the
    # scores are the same to the last bit.
    sources = list(map(index.__getitem__, chain.from_iterable(links.values())))
    kinds = dict.fromkeys(weights)
    spread = None
    if len(kinds) * 4 <= len(nodes):
        # A flow is share × the source's score, so the edges out of one node with one weight
        # (a word graph's co-occurrence counts: mostly 1 and 2) carry the very same float:
        # each such product is made once an iteration, then picked for each of its edges.
        # An edge is known by one number, source × kinds + its weight's kind.
        many = len(kinds)
        kind_of = dict(zip(kinds, range(many), strict=True))
        keys = list(map(add, map(mul, sources, repeat(many)), map(kind_of.__getitem__, weights)))
        products = dict.fromkeys(keys)
        slot = dict(zip(products, range(len(products)), strict=True))
        spread = _picker(list(map(slot.__getitem__, keys)))
        weight_of = list(kinds)
        sources = [key // many for key in products]
        shares = [weight_of[key % many] / out_weight[key // many] for key in products]
    else:
        shares = list(map(truediv, weights, _picker(sources)(out_weight)))
    inflow = _picker(sources)
    stretches = []
    end = 0
    for neighbours in links.values():
        stretches.append(slice(end, end + len(neighbours)))
        end += len(neighbours)
    base = 1 - damping
    score = [1.0] * len(nodes)
    for _ in range(50):
        previous = score
        flows: Sequence[float] = list(map(mul, shares, inflow(previous)))
        if spread is not None:
            flows = spread(flows)
        score = [base + damping * s for s in map(sum, map(flows.__getitem__, stretches))]
        # Ranks are all that is read: stop once no score moves by a thousandth.
        if max(map(abs, map(sub, score, previous)), default=0.0) < 1e-3:
            break
    return dict(zip(nodes, score, strict=True))


def _picker(indices: list[int]) -> Callable[[Sequence[float]], tuple[float, ...]]:
    """The items of a list at `indices`, as a tuple: itemgetter, which gives the item itself
    rather than a tuple when it has only one index."""
    if len(indices) > 1:
        return itemgetter(*indices)
    return lambda items: tuple(items[i] for i in indices)
