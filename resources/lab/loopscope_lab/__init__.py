"""The Loopscope lab: a local httpbin-like HTTP/1.1 and WebSocket service for the lessons.

Standard library only, so it runs on any Python 3.11+ the app finds. It listens on 127.0.0.1
only, so examples that talk to it run offline.
"""
