"""The SSE decoder: the WHATWG parsing rules, and the same events for any split of the bytes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from runcrate._sse import ServerSentEvent, SSEDecoder


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.end())
    return events


def test_data_with_and_without_the_space() -> None:
    assert decode(b'data: {"a":1}\n\ndata:{"b":2}\n\n') == [
        ServerSentEvent(data='{"a":1}'),
        ServerSentEvent(data='{"b":2}'),
    ]


def test_only_one_leading_space_is_removed() -> None:
    assert decode(b"data:  two\n\n") == [ServerSentEvent(data=" two")]


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert decode(b"data: first\ndata: second\ndata\n\n") == [ServerSentEvent(data="first\nsecond\n")]


def test_comments_unknown_fields_and_empty_events_are_ignored() -> None:
    stream = b": keep-alive\n\nfoo: bar\n\nevent: ping\n\ndata: x\n\n"
    assert decode(stream) == [ServerSentEvent(data="x")]


def test_event_type_id_and_retry() -> None:
    stream = b"event: error\nid: 7\nretry: 1500\ndata: boom\n\ndata: next\n\nid\ndata: last\n\n"
    assert decode(stream) == [
        ServerSentEvent(data="boom", event="error", id="7", retry=1500),
        ServerSentEvent(data="next", event="message", id="7", retry=1500),
        ServerSentEvent(data="last", event="message", id="", retry=1500),
    ]


def test_invalid_retry_and_id_with_nul_are_ignored() -> None:
    assert decode(b"retry: 1.5\nid: a\x00b\ndata: x\n\n") == [ServerSentEvent(data="x")]


def test_cr_lf_and_crlf_line_endings() -> None:
    expected = [ServerSentEvent(data="a"), ServerSentEvent(data="b"), ServerSentEvent(data="c")]
    assert decode(b"data: a\r\rdata: b\n\ndata: c\r\n\r\n") == expected


def test_crlf_split_across_chunks_is_one_line_break() -> None:
    assert decode(b"data: a\r", b"\n\r", b"\ndata: b\r\n\r\n") == [
        ServerSentEvent(data="a"),
        ServerSentEvent(data="b"),
    ]


def test_byte_order_mark_is_skipped_once() -> None:
    assert decode(b"\xef\xbb", b"\xbfdata: x\n\n") == [ServerSentEvent(data="x")]


def test_utf8_split_inside_a_character() -> None:
    text = "data: héllo ✓\n\n".encode()
    assert decode(*[text[i : i + 1] for i in range(len(text))]) == [ServerSentEvent(data="héllo ✓")]


def test_end_dispatches_a_complete_final_event_without_blank_line() -> None:
    assert decode(b"data: [DONE]\n") == [ServerSentEvent(data="[DONE]")]


def test_end_drops_an_unterminated_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'data: {"a":1}\n\ndata: {"b"') == [ServerSentEvent(data='{"a":1}')]
    assert decoder.has_pending
    assert decoder.end() == []


def test_large_event_in_tiny_chunks() -> None:
    payload = b"x" * 200_000
    body = b"data: " + payload + b"\n\n"
    events = decode(*[body[i : i + 7] for i in range(0, len(body), 7)])
    assert events == [ServerSentEvent(data=payload.decode())]


FIELD_LINES = st.one_of(
    st.builds(
        lambda v: f"data: {v}",
        st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=12),
    ),
    st.builds(lambda v: f"data:{v}", st.text(alphabet="ab {}:", max_size=6)),
    st.builds(lambda v: f"event: {v}", st.sampled_from(["message", "error", "ping"])),
    st.builds(lambda v: f"id: {v}", st.text(alphabet="0123456789abc", max_size=4)),
    st.builds(lambda v: f"retry: {v}", st.integers(min_value=0, max_value=5000)),
    st.just(": comment"),
    st.just(""),
)
STREAMS = st.tuples(
    st.lists(FIELD_LINES, max_size=25),
    st.sampled_from(["\n", "\r", "\r\n"]),
    st.booleans(),
)


def render(lines: list[str], newline: str, bom: bool) -> bytes:
    return ("\ufeff" if bom else "").encode() + newline.join([*lines, ""]).encode()


@settings(max_examples=300)
@given(STREAMS, st.data())
def test_any_split_of_the_bytes_gives_the_same_events(
    stream: tuple[list[str], str, bool], data: st.DataObject
) -> None:
    body = render(*stream)
    whole = decode(body)
    cuts = sorted(data.draw(st.lists(st.integers(min_value=0, max_value=len(body)), max_size=12)))
    pieces = [body[start:end] for start, end in zip([0, *cuts], [*cuts, len(body)], strict=True)]
    assert decode(*pieces) == whole


@settings(max_examples=200)
@given(STREAMS)
def test_byte_at_a_time_gives_the_same_events(stream: tuple[list[str], str, bool]) -> None:
    body = render(*stream)
    assert decode(*[body[i : i + 1] for i in range(len(body))]) == decode(body)


@given(
    st.lists(
        st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=20),
        min_size=1,
        max_size=5,
    )
)
def test_data_lines_round_trip(values: list[str]) -> None:
    body = "".join(f"data: {value}\n" for value in values) + "\n"
    assert decode(body.encode()) == [ServerSentEvent(data="\n".join(values))]
