"""Reading stories: files, folders and stdin (sources), and the wire formats (NITF,
NewsML-G2, ninjs, HTML) turned into plain copy with a map back to the original."""
