"""Load two profiles and print their names."""
import asyncio


async def load_profile(user_id: int) -> dict:
    await asyncio.sleep(0.3)                      # the database takes its time
    names = {1: "Ada", 2: "Grace"}
    return {"id": user_id, "name": names[user_id]}


async def main():
    first = load_profile(1)
    second = load_profile(2)
    print(f"users: {first['name']}, {second['name']}")


if __name__ == "__main__":
    asyncio.run(main())
