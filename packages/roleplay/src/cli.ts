process.stdout.write(JSON.stringify({ok:true})+"\n");
