import asyncio


class ChatRoom:
    """Every member gets its own Queue; broadcasting puts the message on each of them."""

    def __init__(self):
        self.members: dict[str, asyncio.Queue] = {}

    def join(self, name):
        self.members[name] = asyncio.Queue(maxsize=100)  # bounded: a stuck reader can't eat memory
        self.broadcast("server", f"{name} joined")
        return self.members[name]

    def leave(self, name):
        self.members.pop(name, None)
        self.broadcast("server", f"{name} left")

    def broadcast(self, sender, text):
        for queue in self.members.values():
            try:
                queue.put_nowait((sender, text))  # never waits: one slow member can't stall the others
            except asyncio.QueueFull:
                pass  # a real server would disconnect that member


async def member(room, name, lines, pause):
    inbox = room.join(name)

    async def listen():
        while True:
            sender, text = await inbox.get()
            print(f"[{name}'s screen] {sender}: {text}")

    listener = asyncio.create_task(listen(), name=f"{name}-listen")
    for line in lines:
        await asyncio.sleep(pause)
        room.broadcast(name, line)
    await asyncio.sleep(0.5)  # stay a moment to read the replies
    room.leave(name)
    listener.cancel()


async def main():
    room = ChatRoom()
    await asyncio.gather(
        member(room, "ada", ["hi all", "anyone up for lunch?"], 0.2),
        member(room, "bob", ["hey ada", "yes!"], 0.3),
        member(room, "cy", ["morning"], 0.25),
    )


asyncio.run(main())
