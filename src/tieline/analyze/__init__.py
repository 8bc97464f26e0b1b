"""The corpus stage: what is computed over the stored articles rather than one article at a time.

Stories (copies and rewrites), merged events, actor-pair timelines and trajectories, and topic
timelines. Each module reads what the store holds and writes back only through the store.
"""
