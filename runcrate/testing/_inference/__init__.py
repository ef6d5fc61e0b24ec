"""The inference surface: chat completions, images, videos, speech and transcription.

``routes`` holds the HTTP routes (and the generated-image assets at the origin's root); every
other module holds state and the fake models' behaviour, and never sees a request.
"""
