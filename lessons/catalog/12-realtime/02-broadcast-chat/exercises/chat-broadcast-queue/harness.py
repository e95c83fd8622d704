import asyncio

from loopscope_harness import check, expect_equal, load_learner

learner = load_learner()


def drain(queue: asyncio.Queue) -> list:
    items = []
    while not queue.empty():
        items.append(queue.get_nowait())
    return items


async def main() -> None:
    room = learner.ChatRoom()
    a, b, c = room.join("a"), room.join("b"), room.join("c")
    check("each member gets its own queue", a is not b and b is not c,
          "join() returned the same queue for different members")
    await room.broadcast("a", "hi")
    got_b, got_c, got_a = drain(b), drain(c), drain(a)
    check("every member gets every message", got_b == [("a", "hi")] and got_c == [("a", "hi")],
          f"after broadcast('a', 'hi'), b got {got_b!r} and c got {got_c!r}: the message reached only "
          "some of the other members; each needs it on its own queue")
    check("the sender does not get its own message", ("a", "hi") not in got_a,
          "a got its own message back; broadcast to every member except the sender")
    room.leave("b")
    expect_equal("a member that leaves gets None", drain(b), [None])
    await room.broadcast("c", "bye")
    check("a member that left gets nothing more", drain(b) == [],
          "b received a message after leave('b')")
    expect_equal("the others still get messages", drain(a), [("c", "bye")])


asyncio.run(main())
