print("webcare-sim")
