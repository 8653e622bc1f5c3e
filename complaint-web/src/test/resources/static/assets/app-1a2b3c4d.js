console.log("the test app");
