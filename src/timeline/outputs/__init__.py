"""What the data becomes for people and tools: artifacts, text views, exports, charts."""
