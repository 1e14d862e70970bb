/** A consumer of hrsync on the module path, as an application would be. */
module com.example.consumer {
  requires io.github.hrsync.sync;
}
