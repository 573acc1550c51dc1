"""The explorer's text fields: the one-line filter above a list (the entity list, who said
what, the document list) and the search bar's field. Each owns every printable key while it has
focus, and takes a burst of keys in the order they were typed."""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class InOrderInput(Input):
    """An Input whose own keys (backspace, delete, the arrows, Home, End…) act as they arrive.

    Textual inserts a character in the field's key handler, but runs the field's key bindings
    only once the key has bubbled up to the app, a message hop per ancestor; keys that arrive
    together (typed while the app is busy, or over a slow link) then act out of order:
    "guangzhuo", then backspace twice and "ou" in one burst, became "guangzhuoou" less its last
    two letters, "guangzhuo" again. The field's own bindings are run here instead, in order."""

    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable and await self.act_on(event.key):
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)

    async def act_on(self, key: str) -> bool:
        """Run this field's own binding for `key`, if it has one that acts: whether it did."""
        for binding in self._bindings.key_to_bindings.get(key, ()):
            # A priority binding acted before the key got here, if it was going to.
            if not binding.priority and await self.app.run_action(binding.action, self):
                return True
        return False


class FilterInput(InOrderInput):
    """The one-line filter above a list."""

    DEFAULT_CSS = """
    FilterInput {
        margin: 1 0;
        height: 1;
        border: none;
        padding: 0 1;
        background: $boost;
    }
    FilterInput:focus {
        border: none;
        background: $primary 20%;
    }
    """

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        # Typing on the list moves its first character here: selecting it would lose it.
        super().__init__(placeholder=placeholder, id=id, select_on_focus=False)
