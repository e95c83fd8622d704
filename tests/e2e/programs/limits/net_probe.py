# What the network looks like from inside: the interfaces, a connection to an address of the
# machine that is not loopback (target.txt: "ADDRESS PORT"), and a server and client of its own
# on 127.0.0.1. Writes net.json.
import asyncio
import json
import socket

result = {"interfaces": sorted(name for _, name in socket.if_nameindex())}
address, port = open("target.txt").read().split()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.settimeout(3)
try:
    s.connect((address, int(port)))
    result["outside"] = "connected"
except OSError as e:
    result["outside"] = "failed: %s" % e
finally:
    s.close()


async def loopback():
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
    writer.close()
    server.close()
    await server.wait_closed()
    return "ok"


try:
    result["loopback"] = asyncio.run(loopback())
except OSError as e:
    result["loopback"] = "failed: %s" % e
with open("net.json", "w") as f:
    json.dump(result, f)
print("done")
