// krt is the kruntimes CLI (a demo: it only prints its version).
package main

import "fmt"

var version = "dev"

func main() { fmt.Println("krt", version) }
