# Only independent calls can overlap. The profile needs the user first;
# posts and friends both need the user but not each other.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def fetch_user(user_id):
    await asyncio.sleep(1)
    print(f"{now()}  got user {user_id}")
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user):
    await asyncio.sleep(1)
    print(f"{now()}  got posts")
    return ["hello", "async"]


async def fetch_friends(user):
    await asyncio.sleep(0.5)
    print(f"{now()}  got friends")
    return ["Grace", "Alan"]


async def main():
    global START
    START = asyncio.get_running_loop().time()
    user = await fetch_user(7)                       # step 1: must come first
    posts, friends = await asyncio.gather(           # step 2: both at once
        fetch_posts(user),
        fetch_friends(user),
    )
    print(f"{now()}  profile ready: {user['name']}, {len(posts)} posts, {len(friends)} friends")


asyncio.run(main())
