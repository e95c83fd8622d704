import asyncio


class ChatRoom:
    def __init__(self) -> None:
        self.members: dict[str, asyncio.Queue] = {}

    def join(self, name: str) -> asyncio.Queue:
        inbox: asyncio.Queue = asyncio.Queue()
        self.members[name] = inbox
        return inbox

    def leave(self, name: str) -> None:
        inbox = self.members.pop(name, None)
        if inbox is not None:
            inbox.put_nowait(None)  # tells the member's client to stop

    async def broadcast(self, sender: str, text: str) -> None:
        # A copy: a member may leave while we iterate. put_nowait never waits for a slow reader.
        for inbox in list(self.members.values()):
            inbox.put_nowait((sender, text))


async def client(name: str, inbox: asyncio.Queue) -> None:
    received = 0
    while (message := await inbox.get()) is not None:
        received += 1
    print(f"{name} got {received} messages")


async def main() -> None:
    room = ChatRoom()
    names = ["alice", "bob", "carol"]
    clients = [asyncio.create_task(client(n, room.join(n))) for n in names]
    for round_ in range(2):
        for n in names:
            await room.broadcast(n, f"hello #{round_} from {n}")
            await asyncio.sleep(0.1)
    for n in names:
        room.leave(n)
        await asyncio.sleep(0.1)
    await asyncio.gather(*clients)


if __name__ == "__main__":
    asyncio.run(main())
